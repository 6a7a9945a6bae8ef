extern alias workers;

using System.Text.Json.Nodes;
using Sanctum.Core.Exports;
using workers::Sanctum.Workers.Exports;

namespace Sanctum.UnitTests;

public sealed class ExportFormatTests
{
    [Fact]
    public void Daylio_rows_keep_quoted_commas_and_line_breaks_read_both_clocks_and_report_what_they_cannot_read()
    {
        var (entries, problems) = DaylioCsv.Parse(
            "\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note\r\n" +
            "2026-03-01,March 1,Sunday,9:05 PM,Good,\"family | cooking\",,\"Dinner, then a film\r\nwith \"\"Mum\"\"\"\r\n" +
            "2026-03-02,March 2,Monday,07:00,meh,,,\r\n" +
            "02/03/2026,March 2,Monday,07:00,meh,,,\r\n" +
            "2026-03-03,March 3,Tuesday,25:00,bad,,,\r\n" +
            "2026-03-04,March 4,Wednesday,08:00,ecstatic,,,\r\n");

        Assert.NotNull(entries);
        Assert.Equal(2, entries.Count);
        var dinner = entries[0];
        Assert.Equal((2, new DateOnly(2026, 3, 1), new TimeOnly(21, 5), "stable"), (dinner.Line, dinner.Date, dinner.Time, dinner.State));
        Assert.Equal("family, cooking", dinner.Activities);
        Assert.Equal("Dinner, then a film\r\nwith \"Mum\"", dinner.Note);
        Assert.Equal((4, "stable", null), (entries[1].Line, entries[1].State, entries[1].Note));
        Assert.Equal([5, 6, 7], problems.Select(p => p.Line));
        Assert.Contains("ecstatic", problems[2].Message);
    }

    [Theory]
    [InlineData("rad", "elevated")]
    [InlineData("good", "stable")]
    [InlineData("meh", "stable")]
    [InlineData("bad", "low")]
    [InlineData("AWFUL", "depressed")]
    public void Daylio_moods_become_standard_states(string mood, string state) => Assert.Equal(state, DaylioCsv.Moods[mood]);

    [Fact]
    public void A_file_without_daylio_columns_is_not_read() => Assert.Null(DaylioCsv.Parse("a,b\n1,2").Entries);

    [Fact]
    public void Csv_cells_quote_what_needs_it_and_hold_lists_as_json()
    {
        var writer = new StringWriter();
        CsvExport.Write(writer, [
            new JsonObject { ["name"] = "Plain", ["notes"] = "Said \"no\", then left", ["times"] = new JsonArray("08:00", "20:00"), ["dose"] = 1.5 },
            new JsonObject { ["name"] = "Two\nlines", ["notes"] = null, ["times"] = new JsonArray(), ["dose"] = null },
        ]);

        Assert.Equal(
            "name,notes,times,dose\r\n" +
            "Plain,\"Said \"\"no\"\", then left\",\"[\"\"08:00\"\",\"\"20:00\"\"]\",1.5\r\n" +
            "\"Two\nlines\",,[],\r\n",
            writer.ToString());
    }
}
