namespace Sanctum.Core.Documents;

/// <summary>Line breaking for documents drawn by hand (the safety-plan page, the PDF reports), whatever measures the text.</summary>
public static class TextWrap
{
    /// <summary>Breaks at spaces (and inside a word only when the word alone is wider than the line); keeps the writer's line breaks.</summary>
    public static List<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var written in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = "";
            foreach (var word in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0) lines.Add(line);
                line = "";
                foreach (var c in word)
                {
                    if (line.Length > 0 && measure(line + c) > width)
                    {
                        lines.Add(line);
                        line = "";
                    }

                    line += c;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
