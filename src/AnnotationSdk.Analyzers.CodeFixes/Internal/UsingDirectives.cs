using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AnnotationSdk.Analyzers.CodeFixes.Internal
{
    internal static class UsingDirectives
    {
        /// <summary>
        /// The compilation unit with `using <paramref name="namespaceName"/>;` among its top-level usings, placed in
        /// the usual order (System first, then alphabetical). Unchanged when the namespace is already imported there.
        /// </summary>
        public static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root, string namespaceName)
        {
            var usings = root.Usings;
            if (usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == namespaceName))
            {
                return root;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithAdditionalAnnotations(Formatter.Annotation);
            var index = 0;
            while (index < usings.Count && SortsBefore(usings[index].Name?.ToString() ?? "", namespaceName))
            {
                index++;
            }

            return root.WithUsings(usings.Insert(index, directive));
        }

        private static bool SortsBefore(string existing, string added)
        {
            var existingIsSystem = existing == "System" || existing.StartsWith("System.", StringComparison.Ordinal);
            return existingIsSystem || string.CompareOrdinal(existing, added) < 0;
        }
    }
}
