class PayoutJob < ApplicationJob
  queue_as :payouts

  def perform(payout_id)
    payout = Payout.includes(:recipient).find(payout_id)
    logger.info("Sending #{payout.amount_cents} to #{payout.recipient.iban}") # expect: personal-data-in-log user.financial.bank_account
    PaymentRail.send_credit(payout)
    logger.info("Payout #{payout.id} sent")
  rescue PaymentRail::Rejected => e
    Rails.logger.error("Payout rejected for #{payout.recipient.inspect}: #{e.message}") # expect: personal-data-in-log user
    raise
  end
end
