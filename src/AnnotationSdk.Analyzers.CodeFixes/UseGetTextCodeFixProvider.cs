using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using AnnotationSdk.Analyzers.CodeFixes.Internal;
using AnnotationSdk.Analyzers.Internal;
using AnnotationSdk.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>
    /// ANN0005: text.Substring(a.Span.Start, a.Span.End - a.Span.Start) and text[a.Span.Start..a.Span.End] →
    /// a.GetText(text, OffsetUnit.X), X being the unit the request asked for. Slices that do not take both ends
    /// from the same annotation's span, and AsSpan/AsMemory (which do not return a string), are left alone.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseGetTextCodeFixProvider)), Shared]
    public sealed class UseGetTextCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.SliceWithNonUtf16Offsets);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var diagnostic = context.Diagnostics[0];
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (!diagnostic.Properties.TryGetValue(SliceWithNonUtf16OffsetsAnalyzer.UnitProperty, out var unit)
                || unit is null
                || model?.Compilation.GetTypeByMetadataName(MetadataNames.AnnotationExtensions) is null
                || !(root is CompilationUnitSyntax compilationUnit))
            {
                return;
            }

            var slice = root.FindNode(context.Span, getInnermostNodeForTie: true);
            if (!TryMatch(slice, out var text, out var annotation))
            {
                return;
            }

            var replacement = SyntaxFactory.ParseExpression(annotation + ".GetText(" + text + ", OffsetUnit." + unit + ")")
                .WithTriviaFrom(slice);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use GetText with OffsetUnit." + unit,
                    _ =>
                    {
                        var updated = (CompilationUnitSyntax)compilationUnit.ReplaceNode(slice, replacement);
                        updated = UsingDirectives.WithUsing(updated, "AnnotationSdk.Client");
                        updated = UsingDirectives.WithUsing(updated, "AnnotationSdk.V1");
                        return Task.FromResult(context.Document.WithSyntaxRoot(updated));
                    },
                    nameof(UseGetTextCodeFixProvider)),
                diagnostic);
        }

        private static bool TryMatch(SyntaxNode slice, out ExpressionSyntax text, out ExpressionSyntax annotation)
        {
            text = null!;
            annotation = null!;
            switch (slice)
            {
                case InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Substring" } substring,
                    ArgumentList.Arguments: { Count: 2 } arguments,
                }:
                    text = substring.Expression;
                    return arguments[1].Expression is BinaryExpressionSyntax length
                        && length.IsKind(SyntaxKind.SubtractExpression)
                        && TrySpanOwner(arguments[0].Expression, "Start", out annotation)
                        && TrySpanOwner(length.Left, "End", out var endOwner)
                        && TrySpanOwner(length.Right, "Start", out var startOwner)
                        && SyntaxFactory.AreEquivalent(annotation, endOwner)
                        && SyntaxFactory.AreEquivalent(annotation, startOwner);
                case ElementAccessExpressionSyntax
                {
                    ArgumentList.Arguments: { Count: 1 } arguments,
                } elementAccess when arguments[0].Expression is RangeExpressionSyntax range:
                    text = elementAccess.Expression;
                    return range.LeftOperand != null && range.RightOperand != null
                        && TrySpanOwner(range.LeftOperand, "Start", out annotation)
                        && TrySpanOwner(range.RightOperand, "End", out var owner)
                        && SyntaxFactory.AreEquivalent(annotation, owner);
                default:
                    return false;
            }
        }

        // annotation.Span.Start → annotation.
        private static bool TrySpanOwner(ExpressionSyntax expression, string end, out ExpressionSyntax owner)
        {
            owner = null!;
            if (expression is MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Span" } span } position
                && position.Name.Identifier.ValueText == end)
            {
                owner = span.Expression;
                return true;
            }

            return false;
        }
    }
}
