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
    /// <summary>ANN0003: replaces OffsetUnit.Unspecified with the member the analyzer names (Utf16CodeUnit).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseUtf16OffsetUnitCodeFixProvider)), Shared]
    public sealed class UseUtf16OffsetUnitCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UnspecifiedEnumValueUsed);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics[0];
            if (!diagnostic.Properties.TryGetValue(UnspecifiedEnumValueUsedAnalyzer.ReplacementProperty, out var replacement)
                || replacement is null)
            {
                return;
            }

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
            var name = node switch
            {
                MemberAccessExpressionSyntax memberAccess => memberAccess.Name,
                SimpleNameSyntax simpleName => simpleName,
                _ => null,
            };
            if (name is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use OffsetUnit." + replacement,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(
                        name, SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(name)))),
                    nameof(UseUtf16OffsetUnitCodeFixProvider)),
                diagnostic);
        }
    }
}
