using System.Globalization;

namespace AnnotationSdk.Evaluation.Polnear;

/// <summary>Reads publication dates from PolNeAR's metadata.tsv (beside the split folder, or inside it).</summary>
internal static class PublicationDates
{
    public static Dictionary<string, DateOnly> Load(string split)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var file = new[] { Path.Combine(split, "metadata.tsv"), Path.Combine(split, "..", "metadata.tsv") }.FirstOrDefault(File.Exists);
        if (file is null)
        {
            return dates;
        }

        using var reader = File.OpenText(file);
        var header = reader.ReadLine()?.Split('\t') ?? [];
        var nameColumn = Array.IndexOf(header, "filename");
        var dateColumn = Array.IndexOf(header, "publication_date");
        if (nameColumn < 0 || dateColumn < 0)
        {
            return dates;
        }

        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length > Math.Max(nameColumn, dateColumn)
                && DateOnly.TryParseExact(fields[dateColumn], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates[fields[nameColumn]] = date;
            }
        }

        return dates;
    }
}
