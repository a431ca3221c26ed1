package cn.example.crossborder.kyc;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class KycService {

    private static final Logger logger = LoggerFactory.getLogger(KycService.class);

    /** Per-market document rules; reference data, not customer data. */
    private static final Map<String, String> ID_NUMBER_FORMATS = Map.of( // trap: format table per market, not an id number
            "CN", "18 digits, last may be X",
            "HK", "1-2 letters, 6 digits, check digit in brackets",
            "MY", "YYMMDD-PB-###G");

    /** The country calling code table used by the phone input, keyed by ISO country. */
    private static final Map<String, String> COUNTRY_CODE_TO_DIAL_PREFIX = Map.of("CN", "+86", "HK", "+852", "MY", "+60"); // trap: reference table, not a person's country or phone

    private final KycProfileRepository repo;
    private final WatchlistClient watchlist;

    public KycService(KycProfileRepository repo, WatchlistClient watchlist) {
        this.repo = repo;
        this.watchlist = watchlist;
    }

    public boolean screen(long profileId) {
        KycProfile p = repo.findById(profileId).orElseThrow();
        logger.info("Screening KYC profile {} for customer {}", profileId, p.getCustomerId()); // trap: logs surrogate keys only
        boolean hit = watchlist.isListed(p.getXingming(), p.getIdCardNo());
        if (hit) {
            logger.warn("Watchlist hit: {} / {}", p.getXingming(), p.getIdCardNo()); // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.government_id.national_identification_number.cn_resident_identity_card
        }
        if (p.getHkidNo() != null) {
            logger.debug("HKID on file: {}", p.getHkidNo()); // expect: personal-data-in-log user.government_id.national_identification_number.hk_identity_card
        }
        return !hit;
    }
}
