Rails.application.config.action_mailer.smtp_settings = {
  address: "relay.neobank-mail.net",
  port: 25,
  user_name: "onboarding",
  password: Rails.application.credentials.dig(:smtp, :password), # trap: read from Rails credentials
  authentication: :plain,
  enable_starttls_auto: false, # expect: insecure-transport
}
