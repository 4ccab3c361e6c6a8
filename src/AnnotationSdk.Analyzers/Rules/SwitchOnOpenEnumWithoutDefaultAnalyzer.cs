using System.Collections.Immutable;
using System.Linq;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0001: a switch statement over an annotation.v1 enum without a default section. Switch expressions are left
    /// to the compiler, which already warns about unnamed enum values there (CS8524).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SwitchOnOpenEnumWithoutDefaultAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.SwitchOnOpenEnumWithoutDefault);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(MetadataNames.AnnotationKind) is null)
                {
                    return;
                }

                start.RegisterOperationAction(AnalyzeSwitch, OperationKind.Switch);
            });
        }

        private static void AnalyzeSwitch(OperationAnalysisContext context)
        {
            var switchOperation = (ISwitchOperation)context.Operation;
            var enumType = ProtobufEnums.AsContractEnum(switchOperation.Value.WithoutConversions()?.Type);
            if (enumType is null
                || switchOperation.Cases.Any(section => section.Clauses.Any(IsCatchAll))
                || !(switchOperation.Syntax is SwitchStatementSyntax syntax))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.SwitchOnOpenEnumWithoutDefault,
                syntax.SwitchKeyword.GetLocation(),
                enumType.Name));
        }

        private static bool IsCatchAll(ICaseClauseOperation clause) => clause switch
        {
            IDefaultCaseClauseOperation _ => true,
            IPatternCaseClauseOperation { Guard: null } pattern => pattern.Pattern is IDiscardPatternOperation
                || pattern.Pattern is IDeclarationPatternOperation { MatchesNull: true },
            _ => false,
        };
    }
}
