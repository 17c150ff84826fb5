// @generated from AWS::PinpointEmail::Identity (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::PinpointEmail::Identity` and its property types.

/// Resource Type definition for AWS::PinpointEmail::Identity
///
/// CloudFormation type `AWS::PinpointEmail::Identity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    props: ::forma_core::schema::Props,
}
impl Identity {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(3, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `DkimSigningEnabled`.
    #[track_caller]
    pub fn dkim_signing_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `FeedbackForwardingEnabled`.
    #[track_caller]
    pub fn feedback_forwarding_enabled(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MailFromAttributes`.
    #[track_caller]
    pub fn mail_from_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<MailFromAttributes>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tags>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Identity {
    type Attributes = IdentityAttributes;
    fn type_name(&self) -> &str {
        "AWS::PinpointEmail::Identity"
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
/// The attributes of a `AWS::PinpointEmail::Identity` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct IdentityAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for IdentityAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl IdentityAttributes {
    /// `Fn::GetAtt` `IdentityDNSRecordName1`.
    pub fn identity_dns_record_name1(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordName1")
    }
    /// `Fn::GetAtt` `IdentityDNSRecordValue1`.
    pub fn identity_dns_record_value1(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordValue1")
    }
    /// `Fn::GetAtt` `IdentityDNSRecordName3`.
    pub fn identity_dns_record_name3(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordName3")
    }
    /// `Fn::GetAtt` `IdentityDNSRecordValue2`.
    pub fn identity_dns_record_value2(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordValue2")
    }
    /// `Fn::GetAtt` `IdentityDNSRecordName2`.
    pub fn identity_dns_record_name2(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordName2")
    }
    /// `Fn::GetAtt` `IdentityDNSRecordValue3`.
    pub fn identity_dns_record_value3(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdentityDNSRecordValue3")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `MailFromAttributes` property type of `AWS::PinpointEmail::Identity`.
#[derive(Debug, Clone, PartialEq)]
pub struct MailFromAttributes {
    props: ::forma_core::schema::Props,
}
impl MailFromAttributes {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `BehaviorOnMxFailure`.
    pub fn behavior_on_mx_failure(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `MailFromDomain`.
    pub fn mail_from_domain(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for MailFromAttributes {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<MailFromAttributes> for ::forma_core::Value<MailFromAttributes> {
    fn from(v: MailFromAttributes) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MAIL_FROM_ATTRIBUTES_TYPE.properties))
    }
}

/// The `Tags` property type of `AWS::PinpointEmail::Identity`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tags {
    props: ::forma_core::schema::Props,
}
impl Tags {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Tags {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Tags> for ::forma_core::Value<Tags> {
    fn from(v: Tags) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAGS_TYPE.properties))
    }
}

/// The schema of `AWS::PinpointEmail::Identity`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::PinpointEmail::Identity",
    properties: &[
        ::forma_core::schema::Property {
            name: "DkimSigningEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "FeedbackForwardingEnabled",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "MailFromAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&MAIL_FROM_ATTRIBUTES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAGS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[
        "IdentityDNSRecordName1",
        "IdentityDNSRecordValue1",
        "IdentityDNSRecordName3",
        "IdentityDNSRecordValue2",
        "IdentityDNSRecordName2",
        "IdentityDNSRecordValue3",
        "Id",
    ],
};

static MAIL_FROM_ATTRIBUTES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::Identity.MailFromAttributes",
    properties: &[
        ::forma_core::schema::Property {
            name: "BehaviorOnMxFailure",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MailFromDomain",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::PinpointEmail::Identity.Tags",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
