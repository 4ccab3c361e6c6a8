using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace AnnotationSdk.Analyzers.CodeFixes
{
    /// <summary>
    /// ANN0001: adds a default section. Two choices, because which is right depends on the code: skipping values
    /// this version does not know (typical when listing annotations), or failing loudly (when the result must be total).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDefaultSectionCodeFixProvider)), Shared]
    public sealed class AddDefaultSectionCodeFixProvider : CodeFixProvider
    {
        public const string IgnoreKey = "ANN0001.Ignore";
        public const string ThrowKey = "ANN0001.Throw";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.SwitchOnOpenEnumWithoutDefault);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindToken(context.Span.Start).Parent is not SwitchStatementSyntax switchStatement)
            {
                return;
            }

            var diagnostic = context.Diagnostics[0];
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add 'default: break;' to skip values this code does not know",
                    ct => AddSectionAsync(context.Document, switchStatement, SyntaxFactory.BreakStatement(), ct),
                    IgnoreKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a default section that throws on values this code does not know",
                    ct => AddThrowingSectionAsync(context.Document, switchStatement, ct),
                    ThrowKey),
                diagnostic);
        }

        private static async Task<Document> AddThrowingSectionAsync(
            Document document, SwitchStatementSyntax switchStatement, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var type = model?.GetTypeInfo(switchStatement.Expression, cancellationToken).Type;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            var message = SyntaxFactory.LiteralExpression(
                SyntaxKind.StringLiteralExpression,
                SyntaxFactory.Literal("Unexpected " + (type?.Name ?? "enum") + " value: "));
            var exception = SyntaxFactory.ObjectCreationExpression(
                    SyntaxFactory.ParseTypeName("global::System.NotSupportedException").WithAdditionalAnnotations(Simplifier.Annotation))
                .AddArgumentListArguments(SyntaxFactory.Argument(SyntaxFactory.BinaryExpression(
                    SyntaxKind.AddExpression, message, switchStatement.Expression.WithoutTrivia())));
            return await AddSectionAsync(document, switchStatement, SyntaxFactory.ThrowStatement(exception), cancellationToken)
                .ConfigureAwait(false);
        }

        private static async Task<Document> AddSectionAsync(
            Document document, SwitchStatementSyntax switchStatement, StatementSyntax statement, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var section = SyntaxFactory.SwitchSection(
                SyntaxFactory.SingletonList<SwitchLabelSyntax>(SyntaxFactory.DefaultSwitchLabel()),
                SyntaxFactory.SingletonList(statement))
                .WithAdditionalAnnotations(Formatter.Annotation);
            var updated = switchStatement.AddSections(section);
            return document.WithSyntaxRoot(root!.ReplaceNode(switchStatement, updated));
        }
    }
}
