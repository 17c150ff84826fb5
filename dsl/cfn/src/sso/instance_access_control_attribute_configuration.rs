// @generated from AWS::SSO::InstanceAccessControlAttributeConfiguration (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SSO::InstanceAccessControlAttributeConfiguration` and its property types.

/// Resource Type definition for SSO InstanceAccessControlAttributeConfiguration
///
/// CloudFormation type `AWS::SSO::InstanceAccessControlAttributeConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceAccessControlAttributeConfiguration {
    props: ::forma_core::schema::Props,
}
impl InstanceAccessControlAttributeConfiguration {
    /// A new resource with its required properties: `InstanceArn`.
    #[track_caller]
    pub fn new(instance_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, instance_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AccessControlAttributes`.
    #[track_caller]
    pub fn access_control_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessControlAttribute>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The InstanceAccessControlAttributeConfiguration property has been deprecated but is still supported for backwards compatibility purposes.
    #[track_caller]
    pub fn instance_access_control_attribute_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceAccessControlAttributeConfigurationProperty>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for InstanceAccessControlAttributeConfiguration {
    type Attributes = InstanceAccessControlAttributeConfigurationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SSO::InstanceAccessControlAttributeConfiguration"
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
/// The attributes of a `AWS::SSO::InstanceAccessControlAttributeConfiguration` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct InstanceAccessControlAttributeConfigurationAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for InstanceAccessControlAttributeConfigurationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `AccessControlAttribute` property type of `AWS::SSO::InstanceAccessControlAttributeConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlAttribute {
    props: ::forma_core::schema::Props,
}
impl AccessControlAttribute {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<AccessControlAttributeValue>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlAttribute> for ::forma_core::Value<AccessControlAttribute> {
    fn from(v: AccessControlAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_ATTRIBUTE_TYPE.properties))
    }
}

/// The InstanceAccessControlAttributeConfiguration property has been deprecated but is still supported for backwards compatibility purposes.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceAccessControlAttributeConfigurationProperty {
    props: ::forma_core::schema::Props,
}
impl InstanceAccessControlAttributeConfigurationProperty {
    /// A new value with its required properties: `AccessControlAttributes`.
    pub fn new(
        access_control_attributes: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AccessControlAttribute>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, access_control_attributes.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<InstanceAccessControlAttributeConfigurationProperty>
    for ::forma_core::Value<InstanceAccessControlAttributeConfigurationProperty>
{
    fn from(v: InstanceAccessControlAttributeConfigurationProperty) -> Self {
        ::forma_core::Value::from_expr(
            v.props.into_expr(INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION_PROPERTY_TYPE.properties),
        )
    }
}

/// The `AccessControlAttributeValue` property type of `AWS::SSO::InstanceAccessControlAttributeConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlAttributeValue {
    props: ::forma_core::schema::Props,
}
impl AccessControlAttributeValue {
    /// A new value with its required properties: `Source`.
    pub fn new(source: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, source.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AccessControlAttributeValue> for ::forma_core::Value<AccessControlAttributeValue> {
    fn from(v: AccessControlAttributeValue) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACCESS_CONTROL_ATTRIBUTE_VALUE_TYPE.properties))
    }
}

/// The schema of `AWS::SSO::InstanceAccessControlAttributeConfiguration`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SSO::InstanceAccessControlAttributeConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "AccessControlAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
        ::forma_core::schema::Property {
            name: "InstanceAccessControlAttributeConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION_PROPERTY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "InstanceArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}"),
                min_length: Some(10),
                max_length: Some(1224),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};

static ACCESS_CONTROL_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ATTRIBUTE_VALUE_TYPE),
        },
    ],
    rules: &[],
};

static INSTANCE_ACCESS_CONTROL_ATTRIBUTE_CONFIGURATION_PROPERTY_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SSO::InstanceAccessControlAttributeConfiguration.InstanceAccessControlAttributeConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "AccessControlAttributes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACCESS_CONTROL_ATTRIBUTE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        }],
        rules: &[],
    };

static ACCESS_CONTROL_ATTRIBUTE_VALUE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SSO::InstanceAccessControlAttributeConfiguration.AccessControlAttributeValue",
    properties: &[::forma_core::schema::Property {
        name: "Source",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@\\[\\]\\{\\}\\$\\\\\"]*"),
                min_length: Some(0),
                max_length: Some(256),
            }),
            ::forma_core::schema::ListRule { min_items: None, max_items: Some(1) },
        ),
    }],
    rules: &[],
};
