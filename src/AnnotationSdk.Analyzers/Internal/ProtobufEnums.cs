using Microsoft.CodeAnalysis;

namespace AnnotationSdk.Analyzers.Internal
{
    internal static class ProtobufEnums
    {
        /// <summary>The annotation.v1 enum this type is, or wraps as a nullable; null for any other type.</summary>
        public static ITypeSymbol? AsContractEnum(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            // Nested enums are generated oneof cases (Annotation.DetailOneofCase): closed, a detail this version
            // does not know parses as None.
            return type is { TypeKind: TypeKind.Enum, ContainingType: null }
                && type.ContainingNamespace?.ToDisplayString() == MetadataNames.ContractsNamespace
                ? type
                : null;
        }
    }
}
