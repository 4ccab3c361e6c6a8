using System.Collections.Concurrent;
using System.Collections.Immutable;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0002: reading Annotation.Quote/Attribution/Date/Hedge in a member that never looks at Kind, DetailCase or
    /// whether the detail is null. The check is per member, not per path: a member that tests the kind anywhere is
    /// trusted, which keeps the rule linear and free of flow analysis at the cost of missing some wrong orders.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DetailReadWithoutKindCheckAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableHashSet<string> DetailProperties =
            ImmutableHashSet.Create("Quote", "Attribution", "Date", "Hedge");

        private static readonly ImmutableHashSet<string> KindProperties = ImmutableHashSet.Create("Kind", "DetailCase");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.DetailReadWithoutKindCheck);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var annotation = start.Compilation.GetTypeByMetadataName(MetadataNames.Annotation);
                if (annotation is null)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block =>
                {
                    var uncheckedReads = new ConcurrentQueue<IPropertyReferenceOperation>();
                    var kindChecked = false;
                    block.RegisterOperationAction(
                        operationContext =>
                        {
                            var reference = (IPropertyReferenceOperation)operationContext.Operation;
                            if (!SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, annotation))
                            {
                                return;
                            }

                            if (KindProperties.Contains(reference.Property.Name))
                            {
                                kindChecked = true;
                            }
                            else if (DetailProperties.Contains(reference.Property.Name))
                            {
                                if (reference.IsTestedForNull() || reference.Parent is IPropertySubpatternOperation)
                                {
                                    kindChecked = true;
                                }
                                else if (!reference.IsAssignmentTarget() && !ComesFromTypedView(reference))
                                {
                                    uncheckedReads.Enqueue(reference);
                                }
                            }
                        },
                        OperationKind.PropertyReference);
                    block.RegisterOperationBlockEndAction(end =>
                    {
                        if (kindChecked)
                        {
                            return;
                        }

                        foreach (var reference in uncheckedReads)
                        {
                            end.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.DetailReadWithoutKindCheck,
                                reference.Syntax.GetLocation(),
                                reference.Property.Name));
                        }
                    });
                });
            });
        }

        // QuoteView.Annotation, DateView.Annotation...: the client's typed views hold only annotations of their kind.
        private static bool ComesFromTypedView(IPropertyReferenceOperation reference) =>
            reference.Instance.WithoutConversions() is IPropertyReferenceOperation receiver
            && receiver.Property.ContainingType?.ContainingNamespace?.ToDisplayString() == MetadataNames.ClientNamespace;
    }
}
