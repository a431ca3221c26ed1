# Cookies that survive between onboarding steps.
module OnboardingCookies
  extend ActiveSupport::Concern

  private

  def remember_step(step)
    cookies.signed[:onboarding_step] = { value: step, httponly: true } # expect: insecure-cookie
  end

  def remember_campaign(campaign_code)
    cookies[:campaign] = { value: campaign_code, expires: 30.days, secure: true, httponly: true, same_site: :none } # expect: insecure-cookie
  end

  def remember_upload(upload_id)
    cookies.encrypted[:upload] = { value: upload_id, secure: true, httponly: true, same_site: :strict } # trap: Secure, HttpOnly and SameSite all set
  end
end
