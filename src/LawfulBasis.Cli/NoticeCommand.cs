using System.CommandLine;
using LawfulBasis.Notice;

namespace LawfulBasis.Cli;

/// <summary><c>lawfulbasis notice &lt;assembly.dll&gt;</c>: the privacy notice (Art. 13, 14) of an application, per kind of data subject.</summary>
internal static class NoticeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Argument<FileInfo>("assembly") { Description = "The application's built assembly (.dll)." };
        var format = new Option<string>("--format", "-f") { Description = "md (default), html or json.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "markdown", "html", "json");
        var subject = new Option<string?>("--subject", "-s") { Description = "The kind of data subject, for example customer; required when several are declared." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of the console." };
        var command = new Command("notice", """
            Print the privacy notice (GDPR Art. 13 and 14) generated from an application's declarations, for one kind of
            data subject, with its version hash: record that version with each consent (noticeVersion).
            Exit 0 on success, 1 when the declarations break GDPR rules (each problem is listed with its article),
            2 when the assembly cannot be read or the kind of subject is unknown.
            Examples: lawfulbasis notice bin/Release/net10.0/Shop.dll
                      lawfulbasis notice bin/Release/net10.0/Shop.dll --subject customer --format html --output notice.html
            """)
        {
            target, format, subject, outputFile,
        };

        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(target)!;
            if (!file.Exists)
            {
                error.WriteLine($"lawfulbasis notice: {file.FullName} does not exist. Name the application's built assembly (.dll).");
                return ExitCodes.Usage;
            }

            var context = new DeclarationsLoadContext(file.FullName);
            try
            {
                var catalog = ProcessingCatalog.FromAssemblies(context.LoadFromAssemblyPath(file.FullName));
                PrivacyNotice notice;
                if (parsed.GetValue(subject) is { } kind)
                {
                    notice = PrivacyNotice.For(catalog, kind);
                }
                else
                {
                    var notices = PrivacyNotice.For(catalog);
                    if (notices.Count > 1)
                    {
                        error.WriteLine($"lawfulbasis notice: {file.Name} declares several kinds of data subject ({string.Join(", ", notices.Select(n => n.DataSubject))}); name one with --subject.");
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
                    File.WriteAllText(destination.FullName, text);
                    output.WriteLine($"wrote the privacy notice for {notice.DataSubject}s, version {notice.Version}, to {destination.FullName}.");
                }
                else
                {
                    output.Write(text);
                }

                return ExitCodes.Success;
            }
            catch (InvalidDeclarationsException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Problem;
            }
            catch (ArgumentException e) when (e.ParamName == "dataSubject")
            {
                error.WriteLine($"lawfulbasis notice: {e.Message.Split(" (Parameter")[0]}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                error.WriteLine($"lawfulbasis notice: {file.FullName} cannot be loaded ({e.Message}). Name a .NET assembly built next to its dependencies.");
                return ExitCodes.Usage;
            }
            finally
            {
                context.Unload();
            }
        });
        return command;
    }
}
