using System.Runtime.InteropServices;
using LawfulBasis.Cli;

// ^C (SIGINT) or SIGTERM cancels the command's token: it stops at its next safe point (between two sources of an
// erasure) and says so, rather than dying mid-write. The registration ends with the first signal, so a second ^C
// terminates at once, for a command stuck where it cannot stop (a trail that is a FIFO nobody writes to).
using var interrupted = new CancellationTokenSource();
PosixSignalRegistration? sigint = null, sigterm = null;
void Interrupt(PosixSignalContext context)
{
    context.Cancel = true;
    sigint?.Dispose();
    sigterm?.Dispose();
    interrupted.Cancel();
}

sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
try
{
    return CliApp.Run(args, Console.Out, Console.Error, interrupted.Token);
}
finally
{
    sigint.Dispose();
    sigterm.Dispose();
}
