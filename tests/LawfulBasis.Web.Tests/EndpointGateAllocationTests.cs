using Clinic;
using LawfulBasis.AspNetCore;
using LawfulBasis.Processing;
using Microsoft.AspNetCore.Http;

namespace LawfulBasis.Web.Tests;

/// <summary>The gate wrapped around an endpoint allocates nothing of its own on an allowed request.</summary>
public sealed class EndpointGateAllocationTests
{
    [Fact]
    public async Task An_allowed_request_allocates_no_more_than_the_gate_call_alone()
    {
        using var clinic = new ClinicFactory();
        _ = clinic.CreateClient(); // starts the application
        var gate = clinic.Services.GetRequiredService<IProcessingGate>();
        RequestDelegate handler = context => Task.CompletedTask;
        var gated = new EndpointGate<Treatment>(gate, SubjectSource.FromRoute("id"), null, "HTTP: GET /patients/{id}", "Program.cs", 1).Wrap(handler);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        var subjects = Enumerable.Range(0, 64).Select(i => $"patient-{i}").ToArray();
        foreach (var subject in subjects)
        {
            gate.TryBegin<Treatment>(subject, ProcessingOperation.Read, out _); // keys and caches exist, as in a warm service
            context.Request.RouteValues["id"] = subject;
            await gated(context);
        }

        const int Calls = 20_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            gate.TryBegin<Treatment>(subjects[i % subjects.Length], ProcessingOperation.Read, out _);
        }

        var gateOnly = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
        {
            context.Request.RouteValues["id"] = subjects[i % subjects.Length];
            var task = gated(context);
            Assert.True(task.IsCompletedSuccessfully);
        }

        var withEndpoint = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200, context.Response.StatusCode);
        // Per request, the wrapper adds less than one byte on average over the gate's own (that is: nothing).
        Assert.True(withEndpoint - gateOnly < Calls, $"gate alone: {gateOnly} bytes, gated endpoint: {withEndpoint} bytes for {Calls} requests");
    }
}
