using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AnnotationSdk.Analyzers.Tests.Verification;

/// <summary>Every descriptor and every analyzer the analyzers assembly ships, found by reflection.</summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        typeof(Analyzers.Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    public static IReadOnlyList<DiagnosticAnalyzer> Analyzers { get; } =
        typeof(Analyzers.Descriptors).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();
}
