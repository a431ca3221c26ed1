Rails.application.config.session_store :cookie_store, key: "_onboarding_session", secure: true, httponly: true, same_site: :strict # trap: Secure, HttpOnly and SameSite all set
