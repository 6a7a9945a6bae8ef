namespace Sanctum.EndToEndTests;

public static class Processes
{
    /// <summary>
    /// True while the process runs. A zombie (exited, not yet reaped: PID 1 here does not reap) counts as
    /// gone: it holds no port, file or memory.
    /// </summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
