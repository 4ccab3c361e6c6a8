using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>ANN0010: item.Result (or item.Result!) → item.GetResultOrThrow(), which throws the document's own error.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGetResultOrThrowCodeFixProvider)), Shared]
    public sealed class UseGetResultOrThrowCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.StreamResultReadWithoutStatusCheck);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax memberAccess)
            {
                return;
            }

            // The null-forgiving operator the author needed for .Result has no purpose after the fix.
            SyntaxNode replaced = memberAccess.Parent is PostfixUnaryExpressionSyntax bang
                && bang.IsKind(SyntaxKind.SuppressNullableWarningExpression)
                ? bang
                : memberAccess;
            var replacement = SyntaxFactory.InvocationExpression(
                    memberAccess.WithName(SyntaxFactory.IdentifierName("GetResultOrThrow")))
                .WithTriviaFrom(replaced);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use GetResultOrThrow()",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(replaced, replacement))),
                    nameof(UseGetResultOrThrowCodeFixProvider)),
                context.Diagnostics[0]);
        }
    }
}
