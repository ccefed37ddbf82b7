using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyReader.Web.Pages;

/// <summary>
/// Where a failed request ends, whatever its method: the exception handler runs this page in place of the
/// request with the status it chose (413 for a body too large, 500 for a fault). No antiforgery check here,
/// or a failed POST would become a 400 for want of a token; nothing is stored or changed by this page. The
/// API gets a problem-details body, a person the page.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Message { get; private set; } = "The page could not be shown. Nothing stored was changed.";

    public IActionResult OnGet() => Respond();

    public IActionResult OnPost() => Respond();

    private IActionResult Respond()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        int status = HttpContext.Response.StatusCode is >= 400 and var set ? set : StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            Message = "The upload is larger than this site accepts in one request. Send fewer or smaller files.";
        }

        if (failure?.Path.StartsWith("/api/", StringComparison.Ordinal) == true)
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = Message, Instance = failure.Path })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        Response.StatusCode = status;
        return Page();
    }
}
