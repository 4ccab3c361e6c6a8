using System.Collections.Concurrent;
using System.Collections.Immutable;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0010: DocumentResult.Result read in a member that never looks at IsSuccess or Status nor tests Result for
    /// null. As for ANN0002, the check is per member, which keeps the rule linear.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StreamResultReadWithoutStatusCheckAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.StreamResultReadWithoutStatusCheck);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var documentResult = start.Compilation.GetTypeByMetadataName(MetadataNames.DocumentResult);
                if (documentResult is null)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block =>
                {
                    var uncheckedReads = new ConcurrentQueue<IPropertyReferenceOperation>();
                    var statusChecked = false;
                    block.RegisterOperationAction(
                        operationContext =>
                        {
                            var reference = (IPropertyReferenceOperation)operationContext.Operation;
                            if (!SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, documentResult))
                            {
                                return;
                            }

                            switch (reference.Property.Name)
                            {
                                case "IsSuccess":
                                case "Status":
                                    statusChecked = true;
                                    break;
                                case "Result" when reference.IsTestedForNull() || reference.Parent is IPropertySubpatternOperation:
                                    statusChecked = true;
                                    break;
                                case "Result":
                                    uncheckedReads.Enqueue(reference);
                                    break;
                            }
                        },
                        OperationKind.PropertyReference);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        if (statusChecked)
                        {
                            return;
                        }

                        foreach (var reference in uncheckedReads)
                        {
                            end.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.StreamResultReadWithoutStatusCheck, reference.Syntax.GetLocation()));
                        }
                    });
                });
            });
        }
    }
}
