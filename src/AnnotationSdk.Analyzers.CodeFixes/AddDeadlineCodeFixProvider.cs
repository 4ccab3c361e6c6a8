using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>
    /// ANN0008: appends `deadline: DateTime.UtcNow.AddSeconds(30)`, the AnnotationClient's default deadline, so the
    /// call behaves as it would through the client. The number is there to be edited.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDeadlineCodeFixProvider)), Shared]
    public sealed class AddDeadlineCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.StubCallWithoutDeadline);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            {
                return;
            }

            var dateTime = SyntaxFactory.ParseTypeName("global::System.DateTime").WithAdditionalAnnotations(Simplifier.Annotation);
            var deadline = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, dateTime, SyntaxFactory.IdentifierName("UtcNow")),
                        SyntaxFactory.IdentifierName("AddSeconds")))
                .AddArgumentListArguments(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(30))));
            var argument = SyntaxFactory.Argument(deadline).WithNameColon(SyntaxFactory.NameColon("deadline"));
            var replacement = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a 30-second deadline",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement))),
                    nameof(AddDeadlineCodeFixProvider)),
                context.Diagnostics[0]);
        }
    }
}
