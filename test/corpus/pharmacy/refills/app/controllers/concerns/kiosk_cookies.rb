# Cookies for the collection-point kiosks and the anonymous shop basket.
module KioskCookies
  extend ActiveSupport::Concern

  private

  def remember_kiosk(token)
    cookies[:kiosk_token] = token # expect: insecure-cookie
  end

  def remember_basket(basket_id)
    cookies.permanent[:basket_id] = { value: basket_id, secure: true, httponly: false, same_site: :lax } # expect: insecure-cookie
  end

  def remember_device(token)
    cookies.encrypted[:remember_device] = { value: token, expires: 30.days, secure: true, httponly: true, same_site: :strict } # trap: Secure, HttpOnly and SameSite all set
  end
end
