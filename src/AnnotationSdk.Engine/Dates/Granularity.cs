namespace AnnotationSdk.Engine.Dates;

/// <summary>How precise a calendar value is, finest first.</summary>
internal enum Granularity
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
}
