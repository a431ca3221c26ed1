Rails.application.config.session_store :cookie_store, key: "_refills_session", secure: false, same_site: :lax # expect: insecure-cookie
