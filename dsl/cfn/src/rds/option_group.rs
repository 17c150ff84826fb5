// @generated from AWS::RDS::OptionGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::RDS::OptionGroup` and its property types.

/// The `AWS::RDS::OptionGroup` resource creates or updates an option group, to enable and configure features that are specific to a particular DB engine.
///
/// CloudFormation type `AWS::RDS::OptionGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionGroup {
    props: ::forma_core::schema::Props,
}
impl OptionGroup {
    /// A new resource with its required properties: `EngineName`, `MajorEngineVersion`, `OptionGroupDescription`.
    #[track_caller]
    pub fn new(
        engine_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        major_engine_version: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        option_group_description: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, engine_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, major_engine_version.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, option_group_description.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A list of all available options for an option group.
    #[track_caller]
    pub fn option_configurations(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OptionConfiguration>>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the option group to be created.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn option_group_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to the option group.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for OptionGroup {
    type Attributes = OptionGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::RDS::OptionGroup"
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
/// The attributes of a `AWS::RDS::OptionGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct OptionGroupAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for OptionGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `OptionConfiguration` property type specifies an individual option, and its settings, within an `AWS::RDS::OptionGroup` resource.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl OptionConfiguration {
    /// A new value with its required properties: `OptionName`.
    pub fn new(option_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, option_name.into().into_expr());
        Self { props }
    }
    /// A list of DB security groups used for this option.
    pub fn db_security_group_memberships(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The option settings to include in an option group.
    pub fn option_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<OptionSetting>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The version for the option.
    pub fn option_version(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The optional port for the option.
    pub fn port(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// A list of VPC security group names used for this option.
    pub fn vpc_security_group_memberships(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<OptionConfiguration> for ::forma_core::Value<OptionConfiguration> {
    fn from(v: OptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPTION_CONFIGURATION_TYPE.properties))
    }
}

/// Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// A value is the optional value of the tag.
    ///
    /// Allowed: length 0 to 256.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `OptionSetting` property type specifies the value for an option within an `OptionSetting` property.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionSetting {
    props: ::forma_core::schema::Props,
}
impl OptionSetting {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the option that has settings that you can set.
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The current value of the option setting.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for OptionSetting {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<OptionSetting> for ::forma_core::Value<OptionSetting> {
    fn from(v: OptionSetting) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(OPTION_SETTING_TYPE.properties))
    }
}

/// The schema of `AWS::RDS::OptionGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::RDS::OptionGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "EngineName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MajorEngineVersion",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionConfigurations",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OPTION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OptionGroupDescription",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionGroupName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static OPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::OptionGroup.OptionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "DBSecurityGroupMemberships",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OptionName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "OptionSettings",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&OPTION_SETTING_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "OptionVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Port",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupMemberships",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::OptionGroup.Tag",
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
            required: false,
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

static OPTION_SETTING_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::RDS::OptionGroup.OptionSetting",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
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
