using Bazaarly.Payments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;

namespace Bazaarly.Payments.Controllers;

[ApiController]
[Route("api/payout-accounts")]
[Authorize(Roles = "Seller")]
public class PayoutAccountsController : ControllerBase
{
    private readonly PayoutGateway _gateway;

    public PayoutAccountsController(PayoutGateway gateway) => _gateway = gateway;

    [HttpGet("mine")] // trap: controller guarded by [Authorize]
    public async Task<IActionResult> Mine() => Ok(await _gateway.AccountFor(User.Identity!.Name!));

    [HttpPut("mine")] // trap: controller guarded by [Authorize]
    public async Task<IActionResult> Update([FromBody] PayoutAccountInput input)
    {
        if (!await _gateway.IsValidIbanAsync(input.Iban))
        {
            return BadRequest(new { error = $"IBAN {input.Iban} failed validation" }); // expect: personal-data-in-error user.financial.bank_account
        }
        if (string.IsNullOrWhiteSpace(input.HolderName))
        {
            return BadRequest(new { error = "Account holder name is required" }); // trap: generic validation message
        }
        await _gateway.SaveAsync(User.Identity!.Name!, input);
        return NoContent();
    }

    [AllowAnonymous]
    [EnableCors("Partners")]
    [HttpGet("lookup")] // expect: unauthenticated-personal-data-route user.name
    public async Task<IActionResult> Lookup([FromQuery] string shop)
    {
        var account = await _gateway.AccountForShop(shop) ?? throw new KeyNotFoundException($"No payout account for shop {shop}"); // trap: shop handle, not personal data
        return Ok(new { account.HolderName, account.Iban });
    }

    [AllowAnonymous]
    [HttpPost("{sellerId}/verify-micro-deposits")] // expect: unauthenticated-personal-data-route user.financial.bank_account
    public async Task<IActionResult> VerifyMicroDeposits(string sellerId, [FromBody] MicroDepositInput input)
    {
        var account = await _gateway.AccountFor(sellerId);
        if (!await _gateway.VerifyAsync(account, input.AmountsCents))
        {
            throw new InvalidOperationException($"Micro-deposits did not match for {account.HolderName}, IBAN {account.Iban}"); // expect: personal-data-in-error user.name
        }
        return Ok(account);
    }
}

public record PayoutAccountInput(
    string HolderName, // expect: personal-data-field user.name
    string Iban); // expect: sensitive-personal-data-field user.financial.bank_account

public record MicroDepositInput(int[] AmountsCents);
