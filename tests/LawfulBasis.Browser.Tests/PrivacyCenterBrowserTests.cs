using LawfulBasis.Rights;
using OpenQA.Selenium;

namespace LawfulBasis.Browser.Tests;

/// <summary>
/// The Clinic's privacy center in a real browser (headless Chromium): what a patient and the DPO do, end to end, and
/// what the center refuses. Every scenario but the forged form and the axe check runs with JavaScript disabled: the
/// pages need none.
/// </summary>
public sealed class PrivacyCenterBrowserTests
{
    [BrowserFact]
    public void A_patient_reads_the_notice_and_withdraws_consent_and_the_next_gated_request_is_refused()
    {
        using var clinic = new ClinicServer();
        using var patient = BrowserSession.Open(clinic, scripts: false);
        patient.Run(b =>
        {
            // This browser really runs no script, so what follows shows the pages need none.
            b.Driver.Navigate().GoToUrl("data:text/html,<p id=js>off</p><script>document.getElementById('js').textContent='on'</script>");
            Assert.Equal("off", b.Find(By.Id("js")).Text);

            b.SignIn("Sign in as a new demo patient");
            Assert.Equal("Your privacy", b.Find(By.TagName("h1")).Text);

            var notice = b.Find(By.CssSelector("#notice ~ details"));
            notice.FindElement(By.TagName("summary")).SendKeys(Keys.Enter); // opened from the keyboard
            Assert.Contains("Privacy notice for patients", notice.Text, StringComparison.Ordinal);
            Assert.Contains("Diagnose, treat and follow up patients", notice.Text, StringComparison.Ordinal);

            b.Press("Give consent", b.Form("Give consent: Send the clinic's prevention newsletter"));
            Assert.Contains("Your consent is recorded", b.Find(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
            b.Go("/me/newsletter");
            Assert.Contains("alice.demo@example.com", b.Text, StringComparison.Ordinal);

            b.Go("/privacy/me");
            b.Press("Withdraw consent", b.Form("Withdraw consent: Send the clinic's prevention newsletter"));
            Assert.Contains("Your consent is withdrawn", b.Find(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
            b.Go("/me/newsletter");
            Assert.Contains("ConsentWithdrawn", b.Text, StringComparison.Ordinal);
            Assert.Contains("Art. 7(3)", b.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("alice.demo@example.com", b.Text, StringComparison.Ordinal);
        });
    }

    [BrowserFact]
    public void A_patient_asks_for_access_the_DPO_sees_its_deadline_and_verifies_identity_and_the_patient_downloads_the_report()
    {
        using var clinic = new ClinicServer();
        using var patient = BrowserSession.Open(clinic, scripts: false);
        using var officer = BrowserSession.Open(clinic, scripts: false);
        patient.Run(b =>
        {
            b.SignIn("Sign in as a new demo patient");
            b.Find(By.Id("kind-access")).Click();
            b.Press("Send request");
            Assert.Contains("Your request is received", b.Find(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
            Assert.Contains("Being checked", b.Text, StringComparison.Ordinal);
        });

        var request = clinic.Services.GetRequiredService<IRequestLedger>().Open().Single();
        officer.Run(b =>
        {
            b.SignIn("Sign in as the DPO");
            var row = b.Find(By.CssSelector("#open-requests tbody tr"));
            Assert.Contains("Access (Art. 15)", row.Text, StringComparison.Ordinal);
            Assert.Contains(request.DueAt.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), row.Text, StringComparison.Ordinal);
            row.FindElement(By.TagName("a")).Click();
            Assert.DoesNotContain(request.SubjectId, b.Driver.Url, StringComparison.OrdinalIgnoreCase);
            b.Press("Identity confirmed");
            Assert.Contains("Identity recorded as confirmed", b.Find(By.CssSelector("[role=status]")).Text, StringComparison.Ordinal);
        });

        patient.Run(b =>
        {
            b.Go("/privacy/me#requests");
            b.Press("Download your access report", download: true);
            var report = b.WaitForDownload("access-report-*.md");
            Assert.Contains("Alice Martin (demo)", report, StringComparison.Ordinal);
            Assert.Contains("Art. 77", report, StringComparison.Ordinal);
        });
        Assert.Equal(RequestStatus.Completed, clinic.Services.GetRequiredService<IRequestLedger>().Get(request.Id).Status);
    }

    [BrowserFact]
    public void The_DPO_verifies_identity_and_approves_an_erasure_from_its_plan()
    {
        using var clinic = new ClinicServer();
        using var patient = BrowserSession.Open(clinic, scripts: false);
        using var officer = BrowserSession.Open(clinic, scripts: false);
        patient.Run(b =>
        {
            b.SignIn("Sign in as a new demo patient");
            b.Find(By.Id("kind-erasure")).Click();
            b.Press("Send request");
            Assert.Contains("Erasure (Art. 17)", b.Text, StringComparison.Ordinal);
        });

        officer.Run(b =>
        {
            b.SignIn("Sign in as the DPO");
            b.Find(By.CssSelector("#open-requests tbody tr a")).Click();
            b.Press("Identity confirmed");
            var plan = b.Find(By.Id("erasure-plan"));
            Assert.Contains("Art. 17(3)(c)", plan.Text, StringComparison.Ordinal);
            b.Press("Approve and erase");
            var receipt = b.Find(By.Id("erasure-receipt"));
            Assert.Contains("Medical records (clinic database)", receipt.Text, StringComparison.Ordinal);
            Assert.Contains("pseudonym key is destroyed", b.Text, StringComparison.Ordinal);
            b.Go("/privacy/dpo");
            Assert.Contains("0 open, 0 overdue", b.Text, StringComparison.Ordinal);
        });

        patient.Run(b =>
        {
            b.Go("/privacy/me");
            Assert.Equal("Your data was erased", b.Find(By.TagName("h1")).Text);
        });
    }

    [BrowserFact]
    public void Pages_visited_without_sign_in_or_without_the_DPO_policy_are_refused()
    {
        using var clinic = new ClinicServer();
        using var browser = BrowserSession.Open(clinic, scripts: false);
        browser.Run(b =>
        {
            b.Go("/privacy/me");
            Assert.StartsWith(b.BaseAddress + "/dev/sign-in", b.Driver.Url, StringComparison.Ordinal);
            Assert.DoesNotContain("Your consents", b.Text, StringComparison.Ordinal);
            b.Go("/privacy/dpo");
            Assert.StartsWith(b.BaseAddress + "/dev/sign-in", b.Driver.Url, StringComparison.Ordinal);

            b.SignIn("Sign in as a new demo patient");
            b.Go("/privacy/dpo");
            Assert.Equal("Access denied", b.Find(By.TagName("h1")).Text);
            Assert.DoesNotContain("Open requests", b.Text, StringComparison.Ordinal);
        });
    }

    [BrowserFact]
    public void A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        using var clinic = new ClinicServer();
        using var browser = BrowserSession.Open(clinic);
        browser.Run(b =>
        {
            b.SignIn("Sign in as a new demo patient");
            var form = b.Form("Make a request");
            b.Find(By.Id("kind-erasure")).Click();
            // What a forged form from elsewhere lacks: the token. The page has no script of its own; the test removes it.
            ((IJavaScriptExecutor)b.Driver).ExecuteScript("arguments[0].querySelector('input[name^=\"__RequestVerificationToken\"]').remove();", form);
            b.Press("Send request", form);
            Assert.Equal("The form could not be accepted", b.Find(By.TagName("h1")).Text);
            Assert.Contains("Nothing was changed", b.Text, StringComparison.Ordinal);
        });
        Assert.Empty(clinic.Services.GetRequiredService<IRequestLedger>().Open());
    }

    [BrowserFact]
    public void Every_page_of_the_center_passes_the_WCAG_2_1_AA_checks_of_axe()
    {
        using var clinic = new ClinicServer();
        using var patient = BrowserSession.Open(clinic);
        using var officer = BrowserSession.Open(clinic);
        patient.Run(b =>
        {
            b.SignIn("Sign in as a new demo patient");
            b.Press("Give consent", b.Form("Give consent: Send the clinic's prevention newsletter"));
            b.Find(By.Id("kind-access")).Click();
            b.Press("Send request");
            b.Find(By.CssSelector("#notice ~ details summary")).Click(); // the notice's tables are checked too
            Assert.Empty(Accessibility.Violations(b.Driver));
        });

        officer.Run(b =>
        {
            b.SignIn("Sign in as the DPO");
            Assert.Empty(Accessibility.Violations(b.Driver));
            b.Find(By.CssSelector("#open-requests tbody tr a")).Click();
            Assert.Empty(Accessibility.Violations(b.Driver));
            b.Go("/privacy/dpo/ropa");
            Assert.Empty(Accessibility.Violations(b.Driver));
            b.Go("/privacy/dpo/trail");
            Assert.Empty(Accessibility.Violations(b.Driver));
        });
    }
}
