package dev.tandem.service.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.tandem.service.auth.Principal;

/**
 * Hands each live event to every subscriber allowed to see it. Publishing never blocks on a slow client: each
 * subscriber has its own bounded queue and sender (see {@link Subscription}).
 */
public final class EventHub {

    /** Where one client's events go. */
    public interface Subscriber {

        Principal principal();

        /** Takes an event without blocking. */
        void offer(LiveEvent event);
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    void publish(LiveEvent event) {
        for (Subscriber subscriber : subscribers) {
            if (event.visibleTo(subscriber.principal())) {
                subscriber.offer(event);
            }
        }
    }
}
