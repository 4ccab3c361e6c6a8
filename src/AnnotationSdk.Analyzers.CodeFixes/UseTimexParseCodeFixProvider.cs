using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AnnotationSdk.Analyzers.CodeFixes.Internal;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>
    /// ANN0004: DateTime.Parse(value) → Timex.Parse(value), and DateTime.TryParse(value, out var d) →
    /// Timex.TryParse(value, out var d). Other overloads (formats, providers, typed out variables) change meaning too
    /// much to rewrite blindly, so they get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTimexParseCodeFixProvider)), Shared]
    public sealed class UseTimexParseCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.DateParseOfTimexValue);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model?.Compilation.GetTypeByMetadataName(MetadataNames.Timex) is null
                || root?.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                || invocation.Expression is not MemberAccessExpressionSyntax memberAccess)
            {
                return;
            }

            var methodName = memberAccess.Name.Identifier.ValueText;
            var arguments = invocation.ArgumentList.Arguments;
            var fixable = (methodName == "Parse" && arguments.Count == 1)
                || (methodName == "TryParse" && arguments.Count == 2
                    && arguments[1].Expression is DeclarationExpressionSyntax { Type.IsVar: true });
            if (!fixable)
            {
                return;
            }

            var replacement = invocation.WithExpression(SyntaxFactory.ParseExpression("Timex." + methodName).WithTriviaFrom(invocation.Expression));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use Timex." + methodName,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(UsingDirectives.WithUsing(
                        (CompilationUnitSyntax)root.ReplaceNode(invocation, replacement), "AnnotationSdk.Client"))),
                    nameof(UseTimexParseCodeFixProvider)),
                context.Diagnostics[0]);
        }
    }
}
