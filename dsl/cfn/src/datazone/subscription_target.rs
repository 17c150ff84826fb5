// @generated from AWS::DataZone::SubscriptionTarget (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::SubscriptionTarget` and its property types.

/// Subscription targets enables one to access the data to which you have subscribed in your projects.
///
/// CloudFormation type `AWS::DataZone::SubscriptionTarget`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionTarget {
    props: ::forma_core::schema::Props,
}
impl SubscriptionTarget {
    /// A new resource with its required properties: `ApplicableAssetTypes`, `AuthorizedPrincipals`, `DomainIdentifier`, `EnvironmentIdentifier`, `Name`, `SubscriptionTargetConfig`, `Type`.
    #[track_caller]
    pub fn new(
        applicable_asset_types: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        authorized_principals: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        environment_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        subscription_target_config: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SubscriptionTargetForm>>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, applicable_asset_types.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, authorized_principals.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, environment_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, subscription_target_config.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The manage access role that is used to create the subscription target.
    #[track_caller]
    pub fn manage_access_role(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The provider of the subscription target.
    #[track_caller]
    pub fn provider(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SubscriptionTarget {
    type Attributes = SubscriptionTargetAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::SubscriptionTarget"
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
/// The attributes of a `AWS::DataZone::SubscriptionTarget` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SubscriptionTargetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SubscriptionTargetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SubscriptionTargetAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `ProjectId`.
    pub fn project_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectId")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `UpdatedBy`.
    pub fn updated_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedBy")
    }
}

/// The details of the subscription target configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionTargetForm {
    props: ::forma_core::schema::Props,
}
impl SubscriptionTargetForm {
    /// A new value with its required properties: `Content`, `FormName`.
    pub fn new(
        content: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        form_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, content.into().into_expr());
        props.set(1, form_name.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SubscriptionTargetForm> for ::forma_core::Value<SubscriptionTargetForm> {
    fn from(v: SubscriptionTargetForm) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SUBSCRIPTION_TARGET_FORM_TYPE.properties))
    }
}

/// The schema of `AWS::DataZone::SubscriptionTarget`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::SubscriptionTarget",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicableAssetTypes",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[^\\.]*"),
                    min_length: Some(1),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "AuthorizedPrincipals",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9:/_-]*$"),
                    min_length: None,
                    max_length: None,
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ManageAccessRole",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws(|-cn|-us-gov):iam::\\d{12}:(role|role/service-role)/[\\w+=,.@-]*$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Provider",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SubscriptionTargetConfig",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SUBSCRIPTION_TARGET_FORM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "CreatedBy", "DomainId", "EnvironmentId", "Id", "ProjectId", "UpdatedAt", "UpdatedBy"],
};

static SUBSCRIPTION_TARGET_FORM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::SubscriptionTarget.SubscriptionTargetForm",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "FormName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?![0-9_])\\w+$|^_\\w*[a-zA-Z0-9]\\w*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
