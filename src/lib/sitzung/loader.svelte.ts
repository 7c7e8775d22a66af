/**
 * The prepared session a page shows (presentation, presenter view, handout): the agenda named in the
 * link (or the ring's first, „Alle Kennzahlen“ on a ring without one), its slides computed and drawn
 * once — with a progress count while that runs — and drawn again only when the highlight changes.
 */
import type { Session } from '../app/session.ts';
import { t } from '../i18n/translate.ts';
import type { Agenda, RingData } from '../ring/package/types.ts';
import { agendasOf, defaultAgenda, pickAgenda } from './agenda.ts';
import { drawDeck, highlightId, prepareDeck, type Deck, type DrawnSlide } from './deck.ts';

/** The ring's agendas as `/sitzung` offers them. */
export function ringAgendas(session: Pick<Session, 'data' | 'catalogue'>): Agenda[] {
	return agendasOf(session.data.extras.agendas, () =>
		defaultAgenda(session.catalogue, t('session.default_agenda'))
	);
}

export class DeckLoader {
	deck = $state.raw<Deck | null>(null);
	drawn = $state.raw<(DrawnSlide | null)[]>([]);
	done = $state(0);
	total = $state(0);
	/** The link named an agenda the ring does not have (the first one is shown). */
	missing = $state<string | null>(null);
	#data: RingData | null = null;
	#agenda: string | null = null;
	#highlight: string | null | undefined = undefined;
	#run = 0;

	/** Prepare `agendaName` of the session's ring (again only when ring or agenda changed). */
	load(session: Session, agendaName: string | null, highlightCode: string | null): void {
		const highlight = highlightId(session.data, highlightCode);
		if (session.data === this.#data && agendaName === this.#agenda) {
			if (highlight !== this.#highlight && this.deck) {
				this.#highlight = highlight;
				this.drawn = drawDeck(this.deck, session.catalogue, highlight);
			}
			return;
		}
		this.#data = session.data;
		this.#agenda = agendaName;
		this.#highlight = highlight;
		const run = ++this.#run;
		const agendas = ringAgendas(session);
		const agenda = pickAgenda(agendas, agendaName)!;
		this.missing = agendaName !== null && agenda.name !== agendaName ? agendaName : null;
		this.deck = null;
		this.done = 0;
		this.total = agenda.slides.length;
		void prepareDeck(session, agenda, (done) => run === this.#run && (this.done = done)).then((deck) => {
			if (run !== this.#run) return;
			this.drawn = drawDeck(deck, session.catalogue, highlight);
			this.deck = deck;
		});
	}
}
