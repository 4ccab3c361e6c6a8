using System.Collections.Immutable;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0003: AnnotationKind.Unspecified or OffsetUnit.Unspecified used anywhere but in a comparison, a pattern or a
    /// case label. These two enums are the request-side ones, where Unspecified reaches the server.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnspecifiedEnumValueUsedAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property naming the member to use instead, when one is right everywhere.</summary>
        public const string ReplacementProperty = "Replacement";

        private const string UnspecifiedName = "Unspecified";

        // .NET strings index by UTF-16 code units; there is no such obvious replacement for AnnotationKind.
        private static readonly ImmutableDictionary<string, string?> OffsetUnitFix =
            ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, "Utf16CodeUnit");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnspecifiedEnumValueUsed);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var annotationKind = start.Compilation.GetTypeByMetadataName(MetadataNames.AnnotationKind);
                var offsetUnit = start.Compilation.GetTypeByMetadataName(MetadataNames.OffsetUnit);
                if (annotationKind is null || offsetUnit is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var reference = (IFieldReferenceOperation)operationContext.Operation;
                        var type = reference.Field.ContainingType;
                        if (reference.Field.Name != UnspecifiedName
                            || !(SymbolEqualityComparer.Default.Equals(type, annotationKind)
                                || SymbolEqualityComparer.Default.Equals(type, offsetUnit))
                            || IsComparedWith(reference))
                        {
                            return;
                        }

                        operationContext.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.UnspecifiedEnumValueUsed,
                            reference.Syntax.GetLocation(),
                            SymbolEqualityComparer.Default.Equals(type, offsetUnit) ? OffsetUnitFix : null,
                            type.Name));
                    },
                    OperationKind.FieldReference);
            });
        }

        private static bool IsComparedWith(IOperation reference) => reference.ParentWithoutConversions() switch
        {
            IBinaryOperation binary => binary.OperatorKind == BinaryOperatorKind.Equals
                || binary.OperatorKind == BinaryOperatorKind.NotEquals,
            IConstantPatternOperation _ => true,
            ISingleValueCaseClauseOperation _ => true,
            // A parameter's default meaning "not given" is a comparison waiting to happen, not a value sent.
            IParameterInitializerOperation _ => true,
            _ => false,
        };
    }
}
