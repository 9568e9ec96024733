using System.Runtime.CompilerServices;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace LawfulBasis.Browser.Tests;

/// <summary>
/// One headless Chromium window on the Clinic, with its own cookies and download folder. A failing step saves a
/// screenshot and the page's HTML under TestResults/screenshots and names them in the failure.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    private readonly ChromeDriver _driver;
    private readonly string _name;

    private BrowserSession(ChromeDriver driver, string baseAddress, string downloads, string name)
    {
        _driver = driver;
        BaseAddress = baseAddress;
        Downloads = downloads;
        _name = name;
    }

    public string BaseAddress { get; }

    public string Downloads { get; }

    public IWebDriver Driver => _driver;

    public static BrowserSession Open(ClinicServer clinic, bool scripts = true, [CallerMemberName] string name = "")
    {
        if (Chromium.Missing is { } missing)
        {
            // Only reached in CI, where BrowserFact does not skip: .ci/run should have installed Chromium.
            Assert.Fail("CI=true but " + missing);
        }

        var downloads = Path.Combine(clinic.Data, "downloads-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(downloads);
        var options = new ChromeOptions { BinaryLocation = Chromium.BrowserPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600", "--lang=en");
        options.AddUserProfilePreference("download.default_directory", downloads);
        options.AddUserProfilePreference("download.prompt_for_download", false);
        if (!scripts)
        {
            options.AddUserProfilePreference("profile.managed_default_content_settings.javascript", 2);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Chromium.DriverPath)!, Path.GetFileName(Chromium.DriverPath)!);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return new BrowserSession(driver, clinic.Address, downloads, name);
    }

    /// <summary>Runs the steps; on failure saves a screenshot and the page source, and fails naming them.</summary>
    public void Run(Action<BrowserSession> steps)
    {
        try
        {
            steps(this);
        }
        catch (Exception e)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{_name}-{DateTime.UtcNow:HHmmss}");
            string saved;
            try
            {
                _driver.GetScreenshot().SaveAsFile(file + ".png");
                File.WriteAllText(file + ".html", _driver.PageSource);
                saved = $"screenshot {file}.png, page {file}.html, at {_driver.Url}";
            }
            catch (WebDriverException shot)
            {
                saved = "no screenshot: " + shot.Message;
            }

            throw new Xunit.Sdk.XunitException($"{e.Message}\n({saved})\n{e}");
        }
    }

    public void Go(string path) => _driver.Navigate().GoToUrl(BaseAddress + path);

    public IWebElement Find(By by) => new WebDriverWait(_driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElement(by));

    /// <summary>
    /// Presses the submit button with this text (the keyboard's Enter, as a keyboard user would) and waits for the next
    /// page, unless the answer is a download that leaves the page where it is.
    /// </summary>
    public void Press(string buttonText, IWebElement? within = null, bool download = false)
    {
        var page = _driver.FindElement(By.TagName("html"));
        var button = (within ?? _driver.FindElement(By.TagName("main"))).FindElement(By.XPath($".//button[normalize-space(.)=\"{buttonText}\"]"));
        button.SendKeys(Keys.Enter);
        if (!download)
        {
            new WebDriverWait(_driver, TimeSpan.FromSeconds(15)).Until(_ => IsGone(page));
        }
    }

    private static bool IsGone(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (WebDriverException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium's other answer for the same thing, when the old page is torn down while the element is read
            // (seen once in CI): the element's node left the document, so the next page has replaced it.
            return true;
        }
    }

    /// <summary>The form whose accessible label is <paramref name="label"/>.</summary>
    public IWebElement Form(string label) => _driver.FindElement(By.CssSelector($"form[aria-label=\"{label}\"]"));

    public string Text => _driver.FindElement(By.TagName("body")).Text;

    public void SignIn(string who)
    {
        Go("/dev/sign-in");
        Press(who);
    }

    /// <summary>Waits for a downloaded file to be complete and returns its text.</summary>
    public string WaitForDownload(string pattern)
    {
        var wait = new DefaultWait<string>(Downloads) { Timeout = TimeSpan.FromSeconds(15), PollingInterval = TimeSpan.FromMilliseconds(200) };
        var file = wait.Until(folder => Directory.GetFiles(folder, pattern).FirstOrDefault(f => !f.EndsWith(".crdownload", StringComparison.Ordinal)));
        return File.ReadAllText(file!);
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
    }
}
