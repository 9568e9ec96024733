using LawfulBasis.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace LawfulBasis.Testing.Tests;

/// <summary>The README's "Testing your own code" example, as written there.</summary>
public class ReadmeExampleTests
{
    /// <summary>The code under test in the README: sends the newsletter to those the gate allows.</summary>
    public sealed class Newsletters(IProcessingGate gate)
    {
        public List<string> Sent { get; } = [];

        [ProcessingFor<Newsletter>]
        public void SendMonthly(IEnumerable<string> subscribers)
        {
            foreach (var subject in subscribers)
            {
                if (gate.TryBegin<Newsletter>(subject, ProcessingOperation.Read, out _))
                {
                    Sent.Add(subject);
                }
            }
        }
    }

    [Fact]
    public void The_README_example_runs_as_written()
    {
        var services = new ServiceCollection();
        services.AddLawfulBasisFakes();
        services.AddSingleton<Newsletters>();
        using var provider = services.BuildServiceProvider();

        var gate = provider.GetRequiredService<FakeProcessingGate>();
        gate.Deny<Newsletter>(DenialReason.ConsentWithdrawn, subjectId: "c-42");

        provider.GetRequiredService<Newsletters>().SendMonthly(["c-41", "c-42"]);

        Assert.Equal(["c-41", "c-42"], gate.CallsFor<Newsletter>().Select(c => c.SubjectId));
        Assert.Equal([true, false], gate.Calls.Select(c => c.IsAllowed));
        Assert.Equal(["c-41"], provider.GetRequiredService<Newsletters>().Sent);
    }
}
