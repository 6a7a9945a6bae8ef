using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sanctum.Core.Exports;

namespace Sanctum.Workers.Exports;

/// <summary>
/// The personal-data document as a zip of CSV files, one per record type (RFC 4180, UTF-8 with a byte-order mark so
/// spreadsheet programs read accents right). Lists and nested values sit in their cell as JSON text.
/// </summary>
public static class CsvExport
{
    public static byte[] Zip(PersonalDataDocument document)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, records) in document.Records)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"{name}.csv").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                Write(writer, records);
            }
        }

        return buffer.ToArray();
    }

    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> records)
    {
        // Every record of a type has the same properties; the union also covers an empty first one.
        var columns = records.SelectMany(r => r.Select(p => p.Key)).Distinct().ToList();
        writer.Write(string.Join(',', columns.Select(Quote)) + "\r\n");
        foreach (var record in records)
            writer.Write(string.Join(',', columns.Select(c => Quote(Cell(record[c])))) + "\r\n");
    }

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
