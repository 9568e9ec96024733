using System.CommandLine;
using LawfulBasis.Notice;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis notice &lt;assembly.dll|project&gt;</c>: the privacy notice (Art. 13, 14) of an application, per kind of data subject.</summary>
internal static class NoticeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<FileInfo>("assembly-or-project") { Description = "The application's assembly (.dll), or its project (.csproj), which is built first." };
        var format = new Option<string>("--format", "-f") { Description = "md (default), html or json.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "markdown", "html", "json");
        var subject = new Option<string?>("--subject", "-s") { Description = "The kind of data subject, for example customer; required when several are declared." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the console." };
        var appArguments = new Argument<string[]>("app-arguments")
        {
            Description = "Arguments after -- are passed to the application's ILawfulBasisToolHost, when its services classify personal data too (an EF Core model).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("notice", """
            Print the privacy notice (GDPR Art. 13 and 14) generated from an application's declarations, for one kind of
            data subject, with its version hash: record that version with each consent (noticeVersion).
            Exit 0 on success, 1 when the declarations break GDPR rules (each problem is listed with its article),
            2 when the assembly or project cannot be read or built, or the kind of subject is unknown.
            Examples: lawfulbasis notice bin/Release/net10.0/Shop.dll
                      lawfulbasis notice src/Shop/Shop.csproj --subject customer --format html --output notice.html
            """)
        {
            target, appArguments, format, subject, outputFile,
        };

        command.SetAction(parsed =>
        {
            if (parsed.GetValue(outputFile) is { } destinationFile)
            {
                try
                {
                    OutputFile.EnsureWritable(destinationFile);
                }
                catch (ToolUsageException e)
                {
                    error.WriteLine($"lawfulbasis notice: {e.Message}");
                    return ExitCodes.Usage;
                }
            }

            return ApplicationDeclarations.With("notice", parsed.GetValue(target)!, parsed.GetValue(appArguments) ?? [], error, catalog =>
            {
                PrivacyNotice notice;
                if (parsed.GetValue(subject) is { } kind)
                {
                    try
                    {
                        notice = PrivacyNotice.For(catalog, kind);
                    }
                    catch (ArgumentException e) when (e.ParamName == "dataSubject")
                    {
                        error.WriteLine($"lawfulbasis notice: {e.Message.Split(" (Parameter")[0]}");
                        return ExitCodes.Usage;
                    }
                }
                else
                {
                    var notices = PrivacyNotice.For(catalog);
                    if (notices.Count > 1)
                    {
                        error.WriteLine($"lawfulbasis notice: the application declares several kinds of data subject ({string.Join(", ", notices.Select(n => n.DataSubject))}); name one with --subject.");
                        return ExitCodes.Usage;
                    }

                    notice = notices[0];
                }

                var text = notice.Render(parsed.GetValue(format) switch
                {
                    "json" => NoticeFormat.Json,
                    "html" => NoticeFormat.Html,
                    _ => NoticeFormat.Markdown,
                });
                if (parsed.GetValue(outputFile) is { } destination)
                {
                    OutputFile.WriteAsync(destination, writer => writer.WriteAsync(text)).GetAwaiter().GetResult();
                    output.WriteLine($"wrote the privacy notice for {notice.DataSubject}s, version {notice.Version}, to {destination.FullName}.");
                }
                else
                {
                    output.Write(text);
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
