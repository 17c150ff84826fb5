// @generated from AWS::SES::CustomVerificationEmailTemplate (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SES::CustomVerificationEmailTemplate` and its property types.

/// Resource Type definition for AWS::SES::CustomVerificationEmailTemplate.
///
/// CloudFormation type `AWS::SES::CustomVerificationEmailTemplate`.
#[derive(Debug, Clone, PartialEq)]
pub struct CustomVerificationEmailTemplate {
    props: ::forma_core::schema::Props,
}
impl CustomVerificationEmailTemplate {
    /// A new resource with its required properties: `FailureRedirectionURL`, `FromEmailAddress`, `SuccessRedirectionURL`, `TemplateContent`, `TemplateName`, `TemplateSubject`.
    #[track_caller]
    pub fn new(
        failure_redirection_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        from_email_address: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        success_redirection_url: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        template_subject: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, failure_redirection_url.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, from_email_address.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, success_redirection_url.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, template_content.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, template_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(6, template_subject.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The tags (keys and values) associated with the tenant.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for CustomVerificationEmailTemplate {
    type Attributes = CustomVerificationEmailTemplateAttributes;
    fn type_name(&self) -> &str {
        "AWS::SES::CustomVerificationEmailTemplate"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SES::CustomVerificationEmailTemplate` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CustomVerificationEmailTemplateAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CustomVerificationEmailTemplateAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// An object that defines the tags (keys and values) that you want to associate with the tenant.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::SES::CustomVerificationEmailTemplate`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SES::CustomVerificationEmailTemplate",
    properties: &[
        ::forma_core::schema::Property {
            name: "FailureRedirectionURL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FromEmailAddress",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuccessRedirectionURL",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "TemplateContent",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "TemplateName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "TemplateSubject",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SES::CustomVerificationEmailTemplate.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
