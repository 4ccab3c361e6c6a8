using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// ANN0007: replaces .Result, .Wait() and .GetAwaiter().GetResult() with await, when the enclosing method, local
    /// function or lambda is already async. Making a synchronous method async changes its callers, so that is left to
    /// the author.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AwaitInsteadOfBlockingCodeFixProvider)), Shared]
    public sealed class AwaitInsteadOfBlockingCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.BlockingOnAnnotationCall);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
            var awaited = node is null ? null : AwaitedCall(node);
            if (awaited is null || !IsInAsyncFunction(node!))
            {
                return;
            }

            // A statement cannot be parenthesized; elsewhere the parentheses keep `.Quotes` applying to the result,
            // and the simplifier drops them where they are not needed.
            var awaitExpression = SyntaxFactory.AwaitExpression(awaited.WithoutTrivia());
            ExpressionSyntax replacement = node!.Parent is ExpressionStatementSyntax
                ? awaitExpression
                : SyntaxFactory.ParenthesizedExpression(awaitExpression).WithAdditionalAnnotations(Simplifier.Annotation);
            replacement = replacement.WithTriviaFrom(node);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use await",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(node, replacement))),
                    nameof(AwaitInsteadOfBlockingCodeFixProvider)),
                context.Diagnostics[0]);
        }

        // call.Result → call; call.Wait() → call; call.GetAwaiter().GetResult() → call.
        private static ExpressionSyntax? AwaitedCall(SyntaxNode node) => node switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => result.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation
                when invocation.ArgumentList.Arguments.Count == 0 => member.Name.Identifier.ValueText switch
                {
                    "Wait" => member.Expression,
                    "GetResult" when member.Expression is InvocationExpressionSyntax
                    {
                        Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter,
                    } => getAwaiter.Expression,
                    _ => null,
                },
            _ => null,
        };

        private static bool IsInAsyncFunction(SyntaxNode node)
        {
            var function = node.Ancestors().FirstOrDefault(a =>
                a is AnonymousFunctionExpressionSyntax || a is LocalFunctionStatementSyntax || a is BaseMethodDeclarationSyntax);
            return function switch
            {
                AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
                LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
                BaseMethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
                _ => false,
            };
        }
    }
}
