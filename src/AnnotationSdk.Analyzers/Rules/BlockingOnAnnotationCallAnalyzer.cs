using System.Collections.Immutable;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0007: .Result, .Wait() or .GetAwaiter().GetResult() directly on a call of AnnotationClient or of the
    /// generated stub (also through AsyncUnaryCall.ResponseAsync).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BlockingOnAnnotationCallAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.BlockingOnAnnotationCall);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var annotationClient = compilation.GetTypeByMetadataName(MetadataNames.AnnotationClient);
                var stub = compilation.GetTypeByMetadataName(MetadataNames.AnnotationServiceClient);
                var task = compilation.GetTypeByMetadataName(MetadataNames.Task);
                var taskOfT = compilation.GetTypeByMetadataName(MetadataNames.TaskOfT);
                if ((annotationClient is null && stub is null) || task is null || taskOfT is null)
                {
                    return;
                }

                bool IsAnnotationCall(IOperation? operation)
                {
                    operation = operation.WithoutConversions();
                    if (operation is IPropertyReferenceOperation { Property.Name: "ResponseAsync" } responseAsync)
                    {
                        operation = responseAsync.Instance.WithoutConversions();
                    }

                    return operation is IInvocationOperation invocation
                        && (SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, annotationClient)
                            || SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, stub));
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var reference = (IPropertyReferenceOperation)operationContext.Operation;
                        if (reference.Property.Name == "Result"
                            && SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType.OriginalDefinition, taskOfT)
                            && IsAnnotationCall(reference.Instance))
                        {
                            Report(operationContext, ".Result");
                        }
                    },
                    OperationKind.PropertyReference);
                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        var method = invocation.TargetMethod;
                        if (method.Name == "Wait"
                            && SymbolEqualityComparer.Default.Equals(method.ContainingType, task)
                            && IsAnnotationCall(invocation.Instance))
                        {
                            Report(operationContext, ".Wait()");
                        }
                        else if (method.Name == "GetResult"
                            && invocation.Instance.WithoutConversions() is IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter
                            && IsAnnotationCall(getAwaiter.Instance))
                        {
                            Report(operationContext, ".GetAwaiter().GetResult()");
                        }
                    },
                    OperationKind.Invocation);
            });
        }

        private static void Report(OperationAnalysisContext context, string what) =>
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BlockingOnAnnotationCall, context.Operation.Syntax.GetLocation(), what));
    }
}
