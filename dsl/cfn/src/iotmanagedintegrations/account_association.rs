// @generated from AWS::IoTManagedIntegrations::AccountAssociation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IoTManagedIntegrations::AccountAssociation` and its property types.

/// Resource type definition for AWS::IoTManagedIntegrations::AccountAssociation.
///
/// CloudFormation type `AWS::IoTManagedIntegrations::AccountAssociation`.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountAssociation {
    props: ::forma_core::schema::Props,
}
impl AccountAssociation {
    /// A new resource with its required properties: `ConnectorDestinationId`.
    #[track_caller]
    pub fn new(
        connector_destination_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, connector_destination_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the account association.
    ///
    /// Allowed: length 1 to 4096.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The General Authorization reference by authorization material name.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn general_authorization(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<GeneralAuthorization>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the account association.
    ///
    /// Allowed: length 1 to 128.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A set of key/value pairs that are used to manage the account association.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AccountAssociation {
    type Attributes = AccountAssociationAttributes;
    fn type_name(&self) -> &str {
        "AWS::IoTManagedIntegrations::AccountAssociation"
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
/// The attributes of a `AWS::IoTManagedIntegrations::AccountAssociation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AccountAssociationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AccountAssociationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AccountAssociationAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `AccountAssociationId`.
    pub fn account_association_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AccountAssociationId")
    }
    /// `Fn::GetAtt` `AssociationState`.
    pub fn association_state(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssociationState")
    }
}

/// The General Authorization reference by authorization material name.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneralAuthorization {
    props: ::forma_core::schema::Props,
}
impl GeneralAuthorization {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the authorization material.
    ///
    /// Allowed: length 1 to 100.
    pub fn auth_material_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for GeneralAuthorization {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<GeneralAuthorization> for ::forma_core::Value<GeneralAuthorization> {
    fn from(v: GeneralAuthorization) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GENERAL_AUTHORIZATION_TYPE.properties))
    }
}

/// A key-value pair to associate with the account association.
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

/// The schema of `AWS::IoTManagedIntegrations::AccountAssociation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IoTManagedIntegrations::AccountAssociation",
    properties: &[
        ::forma_core::schema::Property {
            name: "ConnectorDestinationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_ ]+$"),
                min_length: Some(1),
                max_length: Some(4096),
            }),
        },
        ::forma_core::schema::Property {
            name: "GeneralAuthorization",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&GENERAL_AUTHORIZATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-_ ]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "AccountAssociationId", "AssociationState"],
};

static GENERAL_AUTHORIZATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTManagedIntegrations::AccountAssociation.GeneralAuthorization",
    properties: &[::forma_core::schema::Property {
        name: "AuthMaterialName",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9=_+/-]+$"),
            min_length: Some(1),
            max_length: Some(100),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::IoTManagedIntegrations::AccountAssociation.Tag",
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
