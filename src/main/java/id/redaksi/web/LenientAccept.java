package id.redaksi.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads the {@code Accept} header as Spring does, but takes one that does not parse ({@code text/html;q=abc},
 * {@code garbage/;;;}) as no header at all, as RFC 9110 lets a server do: Spring's own strategy throws, and that
 * reached the API's handler for failures as a 500.
 */
class LenientAccept extends HeaderContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
        try {
            return super.resolveMediaTypes(request);
        } catch (HttpMediaTypeNotAcceptableException unparseable) {
            return MEDIA_TYPE_ALL_LIST;
        }
    }
}
