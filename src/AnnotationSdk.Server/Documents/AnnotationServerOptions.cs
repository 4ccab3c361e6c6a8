namespace AnnotationSdk.Server.Documents;

/// <summary>Limits and defaults of the annotation service; bound from the "Annotation" configuration section.</summary>
public sealed class AnnotationServerOptions
{
    public const string SectionName = "Annotation";

    /// <summary>Largest accepted document text, in UTF-8 bytes. Larger documents get RESOURCE_EXHAUSTED.</summary>
    public long MaxTextBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>The engine behind the service; tests put in one with an annotator of their own.</summary>
    public AnnotationSdk.Engine.AnnotationEngine Engine { get; set; } = AnnotationSdk.Engine.AnnotationEngine.Default;

    /// <summary>How a missing reference date is filled: today's date (UTC) unless a test pins the clock.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
