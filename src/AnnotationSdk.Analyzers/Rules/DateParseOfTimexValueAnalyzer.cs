using System.Collections.Immutable;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>ANN0004: DateTime, DateTimeOffset or DateOnly parsing (or Convert.ToDateTime) of DateDetail.Value.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DateParseOfTimexValueAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableHashSet<string> DateTypes =
            ImmutableHashSet.Create("System.DateTime", "System.DateTimeOffset", "System.DateOnly");

        private static readonly ImmutableHashSet<string> ParseMethods =
            ImmutableHashSet.Create("Parse", "ParseExact", "TryParse", "TryParseExact");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.DateParseOfTimexValue);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var dateDetail = start.Compilation.GetTypeByMetadataName(MetadataNames.DateDetail);
                if (dateDetail is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operationContext =>
                    {
                        var invocation = (IInvocationOperation)operationContext.Operation;
                        if (invocation.Arguments.Length == 0
                            || !IsDateParser(invocation.TargetMethod)
                            || !IsTimexValue(invocation.Arguments[0].Value, dateDetail))
                        {
                            return;
                        }

                        var method = invocation.TargetMethod;
                        operationContext.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.DateParseOfTimexValue,
                            invocation.Syntax.GetLocation(),
                            method.ContainingType.Name + "." + method.Name));
                    },
                    OperationKind.Invocation);
            });
        }

        private static bool IsDateParser(IMethodSymbol method)
        {
            var typeName = method.ContainingType.ToDisplayString();
            return method.IsStatic
                && ((DateTypes.Contains(typeName) && ParseMethods.Contains(method.Name))
                    || (typeName == "System.Convert" && method.Name == "ToDateTime"));
        }

        private static bool IsTimexValue(IOperation argument, INamedTypeSymbol dateDetail) =>
            argument.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "Value" } property
            && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, dateDetail);
    }
}
