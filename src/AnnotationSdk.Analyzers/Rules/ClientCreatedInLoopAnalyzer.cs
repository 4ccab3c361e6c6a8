using System.Collections.Immutable;
using System.Linq;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0006: GrpcChannel.ForAddress, new AnnotationClient or new AnnotationServiceClient inside a loop body
    /// (including a lambda written inside the loop, which runs per iteration as well).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClientCreatedInLoopAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ClientCreatedInLoop);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                var grpcChannel = compilation.GetTypeByMetadataName(MetadataNames.GrpcChannel);
                var annotationClient = compilation.GetTypeByMetadataName(MetadataNames.AnnotationClient);
                var stub = compilation.GetTypeByMetadataName(MetadataNames.AnnotationServiceClient);
                if (grpcChannel is null && annotationClient is null && stub is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        if (invocation.TargetMethod.Name == "ForAddress"
                            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, grpcChannel))
                        {
                            ReportIfInLoop(operationContext, "GrpcChannel.ForAddress");
                        }
                    },
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var type = ((IObjectCreationOperation)operationContext.Operation).Type;
                        if (SymbolEqualityComparer.Default.Equals(type, annotationClient)
                            || SymbolEqualityComparer.Default.Equals(type, stub))
                        {
                            ReportIfInLoop(operationContext, "new " + type!.Name);
                        }
                    },
                    OperationKind.ObjectCreation);
            });
        }

        private static void ReportIfInLoop(OperationAnalysisContext context, string what)
        {
            for (var ancestor = context.Operation.Parent; ancestor != null; ancestor = ancestor.Parent)
            {
                if (ancestor is ILoopOperation loop && !IsInLoopHeader(context.Operation, loop))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.ClientCreatedInLoop, context.Operation.Syntax.GetLocation(), what));
                    return;
                }
            }
        }

        // Parts of a loop header that run once: the collection of a foreach and the initializers of a for.
        private static bool IsInLoopHeader(IOperation operation, ILoopOperation loop) => loop switch
        {
            IForEachLoopOperation forEach => forEach.Collection.Syntax.Span.Contains(operation.Syntax.Span),
            IForLoopOperation forLoop => forLoop.Before.Any(before => before.Syntax.Span.Contains(operation.Syntax.Span)),
            _ => false,
        };
    }
}
