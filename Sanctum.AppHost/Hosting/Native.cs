using System.Runtime.InteropServices;

namespace Sanctum.AppHost.Hosting;

/// <summary>The two libc calls .NET has no API for: sending a signal other than SIGKILL, and asking who we run as.</summary>
internal static class Native
{
    public const int SIGINT = 2;
    public const int SIGTERM = 15;

    public static bool IsRoot => geteuid() == 0;

    [DllImport("libc", SetLastError = true)]
    public static extern int kill(int pid, int signal);

    [DllImport("libc")]
    private static extern uint geteuid();
}
