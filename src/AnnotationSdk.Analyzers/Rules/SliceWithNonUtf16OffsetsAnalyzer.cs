using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AnnotationSdk.Analyzers.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AnnotationSdk.Analyzers.Rules
{
    /// <summary>
    /// ANN0005: in a member that builds an AnnotateRequest (or AnnotateStreamRequest) asking for UTF-8 bytes or code
    /// points, or leaving the unit unspecified (code points), a string sliced with Span.Start/End: Substring, a range
    /// indexer, AsSpan or AsMemory. A member that reads AnnotateResponse.OffsetUnit is trusted to convert.
    /// Requests built in another member are not followed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SliceWithNonUtf16OffsetsAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property holding the OffsetUnit member the spans are counted in, for the code fix.</summary>
        public const string UnitProperty = "Unit";

        private const string Utf16 = "Utf16CodeUnit";
        private const string CodePoint = "CodePoint";

        private static readonly ImmutableHashSet<string> SliceMethods = ImmutableHashSet.Create("Substring", "AsSpan", "AsMemory");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.SliceWithNonUtf16Offsets);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = RequestTypes.Find(start.Compilation);
                if (types is null)
                {
                    return;
                }

                start.RegisterOperationBlockStartAction(block => new BlockState(types).Register(block));
            });
        }

        private sealed class RequestTypes
        {
            private RequestTypes(INamedTypeSymbol request, INamedTypeSymbol streamRequest, INamedTypeSymbol response, INamedTypeSymbol span)
            {
                Request = request;
                StreamRequest = streamRequest;
                Response = response;
                Span = span;
            }

            public INamedTypeSymbol Request { get; }
            public INamedTypeSymbol StreamRequest { get; }
            public INamedTypeSymbol Response { get; }
            public INamedTypeSymbol Span { get; }

            public static RequestTypes? Find(Compilation compilation)
            {
                var request = compilation.GetTypeByMetadataName(MetadataNames.AnnotateRequest);
                var streamRequest = compilation.GetTypeByMetadataName(MetadataNames.AnnotateStreamRequest);
                var response = compilation.GetTypeByMetadataName(MetadataNames.AnnotateResponse);
                var span = compilation.GetTypeByMetadataName(MetadataNames.Span);
                return request is null || streamRequest is null || response is null || span is null
                    ? null
                    : new RequestTypes(request, streamRequest, response, span);
            }

            public bool IsRequest(ITypeSymbol? type) =>
                SymbolEqualityComparer.Default.Equals(type, Request) || SymbolEqualityComparer.Default.Equals(type, StreamRequest);
        }

        /// <summary>What one member's body shows about the unit its requests ask for and how it slices strings.</summary>
        private sealed class BlockState
        {
            private readonly RequestTypes _types;
            private readonly ConcurrentQueue<IOperation> _slices = new ConcurrentQueue<IOperation>();
            private readonly ConcurrentQueue<string?> _assignedUnits = new ConcurrentQueue<string?>();
            private int _requestsCreated;
            private bool _responseUnitRead;

            public BlockState(RequestTypes types) => _types = types;

            public void Register(OperationBlockStartAnalysisContext block)
            {
                block.RegisterOperationAction(
                    c =>
                    {
                        if (_types.IsRequest(c.Operation.Type))
                        {
                            System.Threading.Interlocked.Increment(ref _requestsCreated);
                        }
                    },
                    OperationKind.ObjectCreation);
                block.RegisterOperationAction(c => OnPropertyReference((IPropertyReferenceOperation)c.Operation), OperationKind.PropertyReference);
                block.RegisterOperationAction(c => OnSliceCandidate(c.Operation), OperationKind.Invocation, OperationKind.ImplicitIndexerReference);
                block.RegisterOperationBlockEndAction(Report);
            }

            private void OnPropertyReference(IPropertyReferenceOperation reference)
            {
                if (reference.Property.Name != "OffsetUnit")
                {
                    return;
                }

                if (_types.IsRequest(reference.Property.ContainingType) && reference.IsAssignmentTarget())
                {
                    var value = ((IAssignmentOperation)reference.Parent!).Value.WithoutConversions();
                    _assignedUnits.Enqueue(value is IFieldReferenceOperation field && field.Field.HasConstantValue ? field.Field.Name : null);
                }
                else if (SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, _types.Response))
                {
                    _responseUnitRead = true;
                }
            }

            private void OnSliceCandidate(IOperation operation)
            {
                var isStringSlice = operation switch
                {
                    IInvocationOperation invocation => SliceMethods.Contains(invocation.TargetMethod.Name)
                        && invocation.Arguments.Length > 1
                        && (invocation.Instance?.Type ?? invocation.Arguments[0].Value.WithoutConversions()?.Type)?.SpecialType == SpecialType.System_String,
                    IImplicitIndexerReferenceOperation indexer => indexer.Instance.Type?.SpecialType == SpecialType.System_String,
                    _ => false,
                };
                if (isStringSlice && operation.Descendants().Any(IsSpanOffset))
                {
                    _slices.Enqueue(operation);
                }
            }

            private bool IsSpanOffset(IOperation operation) =>
                operation is IPropertyReferenceOperation reference
                && (reference.Property.Name == "Start" || reference.Property.Name == "End")
                && SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, _types.Span);

            private void Report(OperationBlockAnalysisContext context)
            {
                if (_slices.IsEmpty || _responseUnitRead)
                {
                    return;
                }

                var unit = RequestedUnit();
                if (unit is null || unit == Utf16)
                {
                    return;
                }

                var properties = ImmutableDictionary<string, string?>.Empty.Add(UnitProperty, unit);
                var description = unit == "Utf8Byte" ? "UTF-8 bytes" : "code points";
                foreach (var slice in _slices)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.SliceWithNonUtf16Offsets, slice.Syntax.GetLocation(), properties, description));
                }
            }

            // The unit the member's requests ask for: the first non-UTF-16 one assigned, or code points when a request
            // is built without one; null when a unit comes from a variable, so the rule cannot tell.
            private string? RequestedUnit()
            {
                var assigned = _assignedUnits.ToList();
                if (assigned.Contains(null))
                {
                    return null;
                }

                var other = assigned.FirstOrDefault(u => u != Utf16);
                if (other != null)
                {
                    return other == "Unspecified" ? CodePoint : other;
                }

                return _requestsCreated > assigned.Count ? CodePoint : null;
            }
        }
    }
}
