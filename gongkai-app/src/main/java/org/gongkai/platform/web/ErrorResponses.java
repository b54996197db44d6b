package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into something a person can read: JSON {status, error, message, field} for
 * the API, the error page for the site. Unexpected failures are logged with their stack trace and
 * shown only as a generic message, so nothing internal reaches a user.
 */
@ControllerAdvice
public class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
    private final MessageSource messages;

    public ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GongkaiException.class)
    public Object gongkai(GongkaiException e, HttpServletRequest request) {
        String field = e instanceof BadInputException b ? b.field() : null;
        Object[] args = e.args() == null ? null : java.util.Arrays.stream(e.args())
                .map(a -> a instanceof String s && (s.startsWith("role.") || s.startsWith("status.")) ? text(s) : a)
                .toArray();
        String message = text(e.messageKey(), args);
        // name the field in the message itself, so a person reading only the text knows what to fix
        return respond(request, e.status(), field == null ? message : text("error.field", fieldLabel(field), message), field);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        FieldError fe = e.getBindingResult().getFieldError();
        String field = fe == null ? null : fe.getField();
        String message = fe == null ? text("error.badInput") : text("error.field", fieldLabel(field),
                messages.getMessage(fe, Locale.SIMPLIFIED_CHINESE));
        return respond(request, 400, message, field);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    public Object unreadable(Exception e, HttpServletRequest request) {
        return respond(request, 400, text("error.unreadable"), null);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, 400, text("error.required", fieldLabel(e.getParameterName())), e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, 400, text("error.format", fieldLabel(e.getName())), e.getName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(request, 400, text("error.upload.tooLarge"), "file");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(request, 405, text("error.method"), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return respond(request, 404, text("error.notFound"), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public Object denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, 403, text("error.forbidden"), null);
    }

    /** Two requests created the same unique thing at the same moment: the loser gets a 409, not a 500. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    public Object duplicate(org.springframework.dao.DuplicateKeyException e, HttpServletRequest request) {
        return respond(request, 409, text("error.duplicate"), null);
    }

    @ExceptionHandler(Exception.class)
    public Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, 500, text("error.internal"), null);
    }

    private Object respond(HttpServletRequest request, int status, String message, String field) {
        if (isApi(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", HttpStatus.valueOf(status).getReasonPhrase());
            body.put("message", message);
            if (field != null) {
                body.put("field", field);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.valueOf(status));
        mav.addObject("status", status);
        mav.addObject("message", message);
        return mav;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String fieldLabel(String field) {
        return field == null ? "" : messages.getMessage("field." + field, null, field, Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
