/**
 * Everything interactive on a code page, in one small framework-free bundle (scripts/build-islands.mjs).
 * Each part enhances markup the server already rendered and does nothing where that markup is absent.
 */
import { enhanceCopyButtons } from "./copy-buttons";
import { enhanceLocalityPayments } from "./locality-payment";
import { enhanceSiteSearch } from "./site-search";

enhanceSiteSearch();
enhanceCopyButtons();
enhanceLocalityPayments();
