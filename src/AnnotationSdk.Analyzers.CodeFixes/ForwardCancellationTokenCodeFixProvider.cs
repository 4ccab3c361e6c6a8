using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AnnotationSdk.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>ANN0009: appends `cancellationToken: token` to the call (named, so optional arguments may be skipped).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ForwardCancellationTokenCodeFixProvider)), Shared]
    public sealed class ForwardCancellationTokenCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.CancellationTokenNotForwarded);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics[0];
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (!diagnostic.Properties.TryGetValue(CancellationTokenNotForwardedAnalyzer.TokenNameProperty, out var token)
                || token is null
                || root?.FindNode(context.Span, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            {
                return;
            }

            var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token))
                .WithNameColon(SyntaxFactory.NameColon("cancellationToken"));
            var replacement = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Pass '" + token + "'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement))),
                    nameof(ForwardCancellationTokenCodeFixProvider)),
                diagnostic);
        }
    }
}
